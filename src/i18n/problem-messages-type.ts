/** The shape of one language's problem messages (its own file, so each language imports no loader). */
import type { ProblemKey } from '../domain/problem-text';
import type { Message } from './message';

export type ProblemMessages = Readonly<Record<ProblemKey, Message>>;
