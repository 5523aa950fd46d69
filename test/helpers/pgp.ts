/** A throwaway OpenPGP key made in the test (openpgp.js), in the binary keyring form Helm reads. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as openpgp from 'openpgp';

export interface TestKey { name: string; secring: string; pubring: string; passphraseFile: string }

export async function makeSigningKey(dir: string, name = 'fxa-helm test'): Promise<TestKey> {
  const passphrase = 'only-for-this-test';
  const { privateKey, publicKey } = await openpgp.generateKey({
    type: 'rsa',
    rsaBits: 2048,
    userIDs: [{ name, email: 'test@fxa-helm.invalid' }],
    passphrase,
    format: 'binary',
  });
  const key = { name, secring: join(dir, `${name}.sec.gpg`), pubring: join(dir, `${name}.pub.gpg`), passphraseFile: join(dir, `${name}.pass`) };
  writeFileSync(key.secring, privateKey);
  writeFileSync(key.pubring, publicKey);
  writeFileSync(key.passphraseFile, `${passphrase}\n`);
  return key;
}
