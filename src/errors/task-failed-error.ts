/** A Meilisearch write task ended in a status other than "succeeded". */
export class TaskFailedError extends Error {
  override name = 'TaskFailedError';
  constructor(
    message: string,
    readonly taskUid: number,
    readonly code?: string,
  ) {
    super(message);
  }
}
