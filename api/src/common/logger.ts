import pino from 'pino';
import { config } from '../config';

export const logger = pino({ name: 'dmh-api', level: config().LOG_LEVEL });
