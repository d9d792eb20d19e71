import pino from 'pino';
import { config } from '../config';

export const logger = pino({ name: 'dmh-actors', level: config().LOG_LEVEL });
