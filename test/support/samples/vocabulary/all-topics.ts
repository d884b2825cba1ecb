import { ECONOMY_TOPICS } from './topics-economy.js';
import { NATURE_CULTURE_TOPICS } from './topics-nature-culture.js';
import { SOCIETY_TOPICS } from './topics-society.js';
import type { TopicVocabulary } from './topic-vocabulary.js';

/** All topics the corpus generator writes about (16). */
export const ALL_TOPICS: readonly TopicVocabulary[] = [...SOCIETY_TOPICS, ...ECONOMY_TOPICS, ...NATURE_CULTURE_TOPICS];
