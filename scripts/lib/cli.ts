import { EnvError, parseEnv, type AppEnv } from '../../lib/config/env.ts';
import { EmbeddedDatabaseError } from '../../lib/database/embedded.ts';
import { MigrationError } from '../../lib/database/migrator.ts';
import { DatabaseUnreachableError } from './database.ts';

/** A failure the user can fix; printed as one line without a stack trace. */
export class CliError extends Error {}

export const log = (line: string) => console.log(`[ccn] ${line}`);

const EXPECTED_ERRORS = [CliError, EnvError, EmbeddedDatabaseError, MigrationError, DatabaseUnreachableError];

/** Runs a command-line entry point: expected failures print one clear message, exit code 1. */
export async function runCli(main: (env: AppEnv) => Promise<void>): Promise<void> {
  try {
    await main(parseEnv());
  } catch (error) {
    if (EXPECTED_ERRORS.some((type) => error instanceof type)) {
      console.error(`[ccn] ${(error as Error).message}`);
    } else {
      console.error('[ccn] Unexpected error:', error);
    }
    process.exit(1);
  }
}
