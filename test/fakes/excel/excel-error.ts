/**
 * Errors the way Office.js raises them from `context.sync()`: an Error named
 * `RichApi.Error` with a `code` (see OfficeExtension.ErrorCodes).
 */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'AccessDenied'
  | 'InvalidObjectPath'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded';

export class FakeExcelError extends Error {
  /** As Office.js: `debugInfo.errorLocation` names the API that failed ("WorksheetProtection.unprotect"). */
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: FakeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function dimensionMismatch(): FakeExcelError {
  return new FakeExcelError(
    'InvalidArgument',
    "The argument is invalid or missing or has an incorrect format. The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
  );
}

export function protectedSheet(sheet: string): FakeExcelError {
  return new FakeExcelError(
    'AccessDenied',
    `The cell or chart you're trying to change is on a protected sheet (${sheet}). To make a change, unprotect the sheet.`,
  );
}

export function itemNotFound(what: string): FakeExcelError {
  return new FakeExcelError('ItemNotFound', `The requested resource doesn't exist: ${what}.`);
}
