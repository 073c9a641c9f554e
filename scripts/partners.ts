/**
 * `npm run partner -- create …` / `list` / `invite --slug … --email … --role …`: manages the
 * partners (sites embedding the element, white-label resellers). The secret
 * key and the webhook signing secret are printed once at creation: only the
 * secret key's SHA-256 is stored. Uses DATABASE_URL, else the PGlite folder
 * DATA_DIR — stop `npm start` first in that case (one process per folder).
 */
import * as v from 'valibot';
import { encryptionKeyRing, readConfig } from '../api/config.ts';
import { openDatabase } from '../api/node.ts';
import { invitePartnerUser } from '../api/services/partner-users.ts';
import { createPartner } from '../api/services/partners.ts';
import { parseInviteArgs, parsePartnerArgs, partnerUsage } from './partner-args.ts';

const [command, ...rest] = process.argv.slice(2);
if (command !== 'create' && command !== 'list' && command !== 'invite') {
  console.error(partnerUsage);
  process.exit(2);
}
let input: ReturnType<typeof parsePartnerArgs> | undefined;
let invite: ReturnType<typeof parseInviteArgs> | undefined;
try {
  if (command === 'create') input = parsePartnerArgs(rest);
  if (command === 'invite') invite = parseInviteArgs(rest);
} catch (error) {
  console.error(`${(error as Error).message}\n\n${partnerUsage}`);
  process.exit(2);
}

const config = readConfig(process.env);
// The webhook secret is stored encrypted under ENCRYPTION_KEYS (the development key with DEMO=1 only).
const keys = input ? await encryptionKeyRing(config, { allowDevelopmentKey: config.demo }) : null;
const db = await openDatabase(config);
try {
  if (invite) {
    const partner = await db
      .selectFrom('partners')
      .select('id')
      .where('slug', '=', invite.slug)
      .executeTakeFirst();
    if (!partner) throw new Error(`no partner ${invite.slug}: npm run partner -- list`);
    const base = config.clientSpaceUrl ?? config.publicUrl ?? 'http://localhost:3000';
    const { user } = await invitePartnerUser(db, {
      partnerId: partner.id,
      email: invite.email,
      role: invite.role,
      portalUrl: new URL('/partenaires', base).href,
      now: new Date(),
    });
    console.log(
      `Invited ${user.email} (${user.role}) to ${invite.slug}'s portal: the link is in the outbox.`,
    );
  } else if (input && keys) {
    const { partner, secretKey, webhookSecret } = await createPartner(db, input, keys);
    console.log(`Created partner ${partner.slug} (${partner.mode}).`);
    console.log(`  publishable key   ${partner.publishable_key}   (X-Partner-Key, public)`);
    console.log(`  secret key        ${secretKey}   (shown once: keep it server-side)`);
    if (webhookSecret) console.log(`  webhook secret    ${webhookSecret}   (verifies signatures)`);
    console.log(`  allowed origins   ${partner.allowed_origins.join(', ') || '(none)'}`);
  } else {
    const partners = await db.selectFrom('partners').selectAll().orderBy('created_at').execute();
    if (partners.length === 0) console.log('No partner yet: npm run partner -- create …');
    for (const p of partners) {
      console.log(
        [
          p.slug.padEnd(16),
          p.mode.padEnd(5),
          p.publishable_key.padEnd(28),
          `sk_…${p.secret_key_hint}`,
          p.disabled_at ? 'DISABLED' : 'active',
          `origins: ${p.allowed_origins.join(' ') || '-'}`,
          `webhook: ${p.webhook_url ?? '-'}`,
        ].join('  '),
      );
    }
  }
} catch (error) {
  if (error instanceof v.ValiError) {
    for (const issue of error.issues) {
      console.error(`${v.getDotPath(issue) ?? 'input'}: ${issue.message}`);
    }
    process.exitCode = 1;
  } else throw error;
} finally {
  await db.destroy();
}
