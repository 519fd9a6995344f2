/** Bad input to a custom function: Excel shows #VALUE! with this message on hover. */
export class FunctionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FunctionInputError';
  }
}
