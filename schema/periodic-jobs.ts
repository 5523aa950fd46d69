/**
 * Every periodic or operator-run job of the pinned release's auth server, and what this chart does with it.
 * The jobs the chart runs are the catalog's `cronJobs` (a `runs` entry names one, and gen refuses a name that
 * is not there); the others say why they are not scheduled, so an operator knows what a self-hosted install
 * leaves undone. Read at mozilla/fxa 2dd112e1 (≈ v1.330.6) unless the entry's commit says otherwise.
 */
import type { CommandSource } from './types.ts';

export type PeriodicJobState =
  /** Rendered as a CronJob of `server` (named `cronJob`), possibly only while an integration is on. */
  | { readonly kind: 'runs'; readonly server: string; readonly cronJob: string }
  /** Nothing for a self-hosted install to do. */
  | { readonly kind: 'not-needed'; readonly why: string }
  /** Needed in principle, but the published image or a missing Google service prevents it. */
  | { readonly kind: 'cannot-run'; readonly why: string; readonly lost: string };

export interface PeriodicJob {
  readonly script: string;
  readonly state: PeriodicJobState;
  readonly source: CommandSource;
}

const AUTH = 'packages/fxa-auth-server/scripts';

export const PERIODIC_JOBS: readonly PeriodicJob[] = [
  {
    script: 'prune-tokens.ts',
    state: { kind: 'runs', server: 'fxa-auth-server', cronJob: 'prune-tokens' },
    source: { file: `${AUTH}/prune-tokens.ts`, commit: '1e77381a', why: 'listed in package.json scripts; compiled to dist' },
  },
  {
    script: 'prune-oauth-authorization-codes.ts',
    state: { kind: 'runs', server: 'fxa-auth-server', cronJob: 'prune-oauth-codes' },
    source: { file: `${AUTH}/prune-oauth-authorization-codes.ts`, commit: '2dd112e1cb701454c6d87744f0d6b2846e236581', why: 'added to run as a cronjob (mozilla/fxa#9395); compiled to dist' },
  },
  {
    script: 'subscription-reminders.ts',
    state: { kind: 'runs', server: 'fxa-auth-server', cronJob: 'subscription-reminders' },
    source: { file: `${AUTH}/subscription-reminders.ts`, commit: '01f2c8f046a0f7d732b0532092b4a946a6a65d01', why: 'package.json script at 2dd112e1; one pass over Stripe subscriptions per run, so it is scheduled daily' },
  },
  {
    script: 'verification-reminders.js',
    state: {
      kind: 'cannot-run',
      why: 'not compiled to dist (the auth tsconfig takes scripts/**/*.ts and scripts/delete-account.js only, tsconfig.json@0f524c05); run from source it needs esbuild-register, a development dependency the image drops (_dev/docker/mono/build.sh@6d79b616: yarn workspaces focus --production), to load the TypeScript config and libraries it requires',
      lost: 'the reminder emails to accounts that have not verified their address, and the connect-another-device reminders; the accounts themselves are unaffected',
    },
    source: { file: `${AUTH}/verification-reminders.js`, commit: '2dd112e1cb701454c6d87744f0d6b2846e236581', why: 'meant to run "at regular intervals"; no package.json entry' },
  },
  {
    script: 'remove-unverified-accounts.ts',
    state: { kind: 'not-needed', why: 'its body and its entry point are commented out: running it does nothing (unverified accounts are now removed through delete-unverified-accounts.ts and Cloud Scheduler)' },
    source: { file: `${AUTH}/remove-unverified-accounts.ts`, commit: '14f7cb8ab3b105e0bb863e796d07051b949a62ef', why: 'still a package.json script at 2dd112e1' },
  },
  {
    script: 'delete-unverified-accounts.ts',
    state: {
      kind: 'cannot-run',
      why: 'it enqueues delete tasks into a Cloud Tasks emulator on localhost:8123 of its own pod (the client factory fixes that address), which a CronJob pod would lose when it ends; Mozilla triggers the same work from Cloud Scheduler through POST /v1/cloud-scheduler/accounts/deleteUnverified, which accepts only a Google-signed token and which every route of this chart refuses',
      lost: 'accounts that never verified their address stay in the database; an operator can run the script by hand in an auth pod\'s auth container, whose emulator delivers the tasks to that container',
    },
    source: { file: `${AUTH}/delete-unverified-accounts.ts`, commit: '13c1fbcb06775f40f472536cfb9758af6b7fc762', why: 'an operator-run CLI (uids, emails or a date range; dry run by default)' },
  },
  {
    script: 'paypal-processor.ts',
    state: { kind: 'not-needed', why: 'it settles PayPal invoices; the chart has no PayPal integration (subscriptions here are Stripe only)' },
    source: { file: `${AUTH}/paypal-processor.ts`, commit: '043f6353', why: 'package.json script at 2dd112e1; needs PayPal NVP credentials' },
  },
  {
    script: 'delete-inactive-accounts/enqueue-inactive-account-deletions.ts',
    state: {
      kind: 'cannot-run',
      why: 'it selects inactive accounts from BigQuery (--bq-dataset is required), a Google service with no self-hosted stand-in',
      lost: 'inactive accounts are never warned or deleted; the emulator still has the three inactive-email queues, so a task enqueued some other way is delivered',
    },
    source: { file: `${AUTH}/delete-inactive-accounts/enqueue-inactive-account-deletions.ts`, commit: '2dd112e1cb701454c6d87744f0d6b2846e236581', why: 'operator-run; dry run by default' },
  },
];
