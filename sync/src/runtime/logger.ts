import pino from 'pino';
import { config } from '../config';

export const logger = pino({ name: 'dmh-sync', level: config().LOG_LEVEL });
