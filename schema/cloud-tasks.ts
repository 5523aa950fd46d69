/**
 * Account deletion without Google Cloud. Auth deletes the account's rows at once and enqueues the rest of the
 * work (pushbox, subscriptions, Firestore, in-app purchases) in Cloud Tasks; the request fails when the enqueue
 * does (lib/routes/account.ts destroy; libs/shared/cloud-tasks delete-account-tasks.ts rethrows). The chart runs
 * the Cloud Tasks emulator FxA's own development stack runs, beside auth in each auth pod: with
 * AUTH_CLOUDTASKS_USE_LOCAL_EMULATOR the client is fixed to localhost:8123 (cloud-tasks.factories.ts@2dd112e1),
 * and the emulator delivers each task back to the auth container over the pod's loopback.
 *
 * The queues are those auth's config names at v1.330.6; the emulator refuses a task for a queue it was not
 * started with. Tasks live in the emulator's memory only: a restarted auth pod loses the ones not yet delivered.
 */
import type { InfraImage, Sidecar } from './types.ts';

/** Fixed by FxA's client factory when the emulator flag is on. */
export const EMULATOR_PORT = 8123;

/** Set explicitly for auth and the emulator alike (auth's defaults happen to be "test"). */
export const CLOUD_TASKS_PROJECT = 'fxa';
export const CLOUD_TASKS_LOCATION = 'local';

/** Auth's queue settings and their queue names (config defaults at 2dd112e1, set explicitly). */
export const CLOUD_TASKS_QUEUES = {
  AUTH_CLOUDTASKS_DEL_ACCT_QUEUENAME: 'delete-accounts-queue',
  AUTH_CLOUDTASKS_INACTIVE_ACCT_FIRST_EMAIL_QUEUENAME: 'inactives-first-email',
  AUTH_CLOUDTASKS_INACTIVE_ACCT_SECOND_EMAIL_QUEUENAME: 'inactives-second-email',
  AUTH_CLOUDTASKS_INACTIVE_ACCT_THIRD_EMAIL_QUEUENAME: 'inactives-third-email',
} as const;

/** Auth's callback routes the tasks are delivered to (lib/routes/cloud-tasks.ts), under its API version prefix. */
export const CLOUD_TASKS_CALLBACKS = {
  AUTH_CLOUDTASKS_DEL_ACCT_TASK_URL: '/v1/cloud-tasks/accounts/delete',
  AUTH_CLOUDTASKS_NOTIFICATION_EMAILS_TASK_URL: '/v1/cloud-tasks/emails/notify-inactive',
} as const;

/**
 * Paths under auth's public URL no router may forward: with the emulator, the task callbacks accept a request
 * without a Google-signed token (auth mode 'try'), so anyone reaching them could delete any account; the
 * scheduler route expects Google's Cloud Scheduler, which a self-hosted install does not have.
 */
export const AUTH_PRIVATE_PATHS = ['/v1/cloud-tasks', '/v1/cloud-scheduler'] as const;

export const queuePath = (queue: string): string => `projects/${CLOUD_TASKS_PROJECT}/locations/${CLOUD_TASKS_LOCATION}/queues/${queue}`;

const EMULATOR_IMAGE: InfraImage = {
  repository: 'ghcr.io/aertje/cloud-tasks-emulator',
  tag: '1.2.0',
  published: [
    {
      kind: 'release-workflow',
      repository: 'aertje/cloud-tasks-emulator',
      path: '.github/workflows/workflow.yml',
      commit: '903e09573440693ee369a21363bfb03ea9b68dc0',
      note: 'the tagged commit v1.2.0 (the newest tag) pushes ghcr.io/aertje/cloud-tasks-emulator:<tag without v> and :latest on tag pushes; FxA\'s own dev stack runs :latest (_scripts/cloud-tasks-emulator.sh)',
    },
  ],
};

export const CLOUD_TASKS_EMULATOR: Sidecar = {
  name: 'cloud-tasks-emulator',
  when: 'accountDeletion.enabled',
  image: EMULATOR_IMAGE,
  module: { path: 'github.com/aertje/cloud-tasks-emulator', version: 'v1.2.0' },
  // the image's entrypoint; flags as FxA's _scripts/cloud-tasks-emulator.sh passes them, with the release's queues.
  // It listens on every address so the kubelet can probe it; the Service and the NetworkPolicy leave its port out
  command: ['/emulator', '-host', '0.0.0.0', '-port', String(EMULATOR_PORT), ...Object.values(CLOUD_TASKS_QUEUES).flatMap((q) => ['-queue', queuePath(q)])],
  port: { name: 'cloud-tasks', port: EMULATOR_PORT },
  resourcesPreset: 'nano',
  why: 'auth enqueues the second half of every account deletion in Cloud Tasks and fails the request when it cannot',
  source: { file: '_scripts/cloud-tasks-emulator.sh', commit: '2dd112e1cb701454c6d87744f0d6b2846e236581', why: 'FxA runs the same emulator with -host, -port and one -queue per queue' },
};
