/** The name of the list of source addresses beside the files of a folder (source-list.ts). */
export const SOURCE_LIST_NAME = 'quellen.csv';
