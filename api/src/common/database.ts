import { DatabaseHandle, dbOptionsOf } from '@dmh/shared';
import type { DataSource } from 'typeorm';
import { config } from '../config';

const handle = new DatabaseHandle();

/** The API's connection pool to the system of record (@dmh/shared DatabaseHandle), opened once at start-up. */
export const openDatabase = (): Promise<DataSource> => handle.open(dbOptionsOf(config()));

export const database = (): DataSource => handle.get();
