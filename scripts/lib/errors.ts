/** An error caused by input a person can fix: printed as one line, without a stack. */
export class UserError extends Error {
  override name = 'UserError';
}
