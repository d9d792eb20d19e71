import { dbOptionsOf, LeanSql, type SendStatements } from '@dmh/shared';
import { config } from '../config';

/** The actor host's lean pool (@dmh/shared lean-sql), for its two hottest turns: crediting rewards and taking them back. */
const lean = new LeanSql(() => dbOptionsOf(config()));

export const leanTransaction = <T>(work: (send: SendStatements) => Promise<T>): Promise<T> => lean.transaction(work);
export const closeLeanPool = (): Promise<void> => lean.close();
