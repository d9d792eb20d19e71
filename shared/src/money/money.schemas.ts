import { z } from 'zod';
import { isMoneyText, toCents } from './money';

/** Yuan as DECIMAL text ("10.00", "-0.05"): at most 13 digits and 2 decimals (see money.ts). */
export const moneyTextSchema = z.string().refine(isMoneyText, 'must be an amount with at most 2 decimals');

/** An amount above zero ("0.01" and up), as a credit or a withdrawal must be. */
export const positiveMoneySchema = z.string().refine((v) => isMoneyText(v) && toCents(v) > 0, 'must be an amount above 0 with at most 2 decimals');
