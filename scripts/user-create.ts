import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../lib/auth/password.ts';
import { createPrismaClient } from '../lib/database/client.ts';
import { migrate } from '../lib/database/migrator.ts';
import { CliError, log, runCli } from './lib/cli.ts';
import { openDatabase } from './lib/database.ts';

// `npm run user:create -- --email E --role ADMIN [--name N] [--password-stdin]`
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string', default: 'EDITOR' },
    name: { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
  },
});

const argsSchema = z.object({
  email: z.email('--email must be an email address, e.g. --email bientap@ninhbinh.gov.vn'),
  role: z.enum(['ADMIN', 'EDITOR', 'AUTHOR'], '--role must be ADMIN, EDITOR or AUTHOR'),
  name: z.string().trim().min(1).max(120).optional(),
});
const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `the password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`)
  .max(PASSWORD_MAX_LENGTH, `the password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`);

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  if (!process.stdin.isTTY) throw new CliError('No terminal to ask for the password: pass --password-stdin and pipe it in.');
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const password = await prompt.question('Password (10-128 characters): ');
  prompt.close();
  return password;
}

const args = argsSchema.safeParse({ ...values, role: values.role?.toUpperCase() });
if (!args.success) {
  for (const issue of args.error.issues) console.error(`[ccn] ${issue.message}`);
  process.exit(1);
}

await runCli(async (env) => {
  const password = passwordSchema.safeParse(await readPassword(values['password-stdin'] ?? false));
  if (!password.success) throw new CliError(password.error.issues[0]?.message ?? 'invalid password');
  const database = await openDatabase(env, log);
  const prisma = createPrismaClient(database.url, { max: 2 });
  try {
    await migrate(database.url);
    const email = args.data.email.toLowerCase();
    if (await prisma.user.findUnique({ where: { email } })) throw new CliError(`A user with the email ${email} already exists.`);
    await prisma.user.create({
      data: { email, role: args.data.role, name: args.data.name ?? email.split('@')[0]!, passwordHash: await hashPassword(password.data) },
    });
    log(`Created ${args.data.role} ${email}.`);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
});
