import { deriveDataKeys } from '../server/crypto/personal-data';

/**
 * The tests' data key: fixed, so the template database seeded in global setup and every test file's app open
 * the same sealed values. Never used outside tests.
 */
export const testKeys = deriveDataKeys(Buffer.alloc(32, 0x6c));
