/**
 * Bad input to a worksheet function. Each host shows the message where people look: Excel as
 * #VALUE! with the message on hover, Google Sheets as #ERROR! with the same message.
 */
export class FunctionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FunctionInputError';
  }
}
