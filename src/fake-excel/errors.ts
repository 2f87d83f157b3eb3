/**
 * Errors shaped like Office.js's `OfficeExtension.Error` ("RichApi.Error"): a `code` from
 * `Excel.ErrorCodes`, a `message`, and `debugInfo` with the code, message and the place it failed.
 */

export type FakeErrorCode =
  | "AccessDenied"
  | "EmptyChartSeries"
  | "InvalidOperationInCellEditMode"
  | "RangeExceedsLimit"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidObjectPath"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RunMustReturnPromise";

const MESSAGES: Record<FakeErrorCode, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  EmptyChartSeries: "The attempted operation fails because the chart series is empty.",
  InvalidOperationInCellEditMode: "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  RangeExceedsLimit:
    "The cell count in the range has exceeded the maximum supported number. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins for more information.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation is invalid for the object.",
  InvalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" method to track the object.',
  InvalidReference: "This reference isn't valid for the current operation.",
  ItemAlreadyExists: "The resource already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization.",
  RunMustReturnPromise: 'The batch function passed to the ".run" method didn\'t return a promise.',
};

export interface FakeDebugInfo {
  code: string;
  message: string;
  /** e.g. "WorksheetCollection.add" or "Range.values", as Office reports it. */
  errorLocation?: string;
  /** The queued statement that failed, in the fake's own notation. */
  statement?: string;
}

/** Mirrors OfficeExtension.Error: name "RichApi.Error", code, message, debugInfo. */
export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly httpStatusCode: number;

  constructor(code: FakeErrorCode, detail?: { message?: string; errorLocation?: string; statement?: string; arg?: string }) {
    const message = detail?.message ?? MESSAGES[code].replace("{0}", detail?.arg ?? "");
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.httpStatusCode = code === "AccessDenied" ? 403 : code === "ItemNotFound" ? 404 : code === "GeneralException" ? 500 : 400;
    this.debugInfo = { code, message, errorLocation: detail?.errorLocation, statement: detail?.statement };
  }
}

export function propertyNotLoaded(typeName: string, prop: string): FakeOfficeError {
  return new FakeOfficeError("PropertyNotLoaded", { arg: prop, errorLocation: `${typeName}.${prop}` });
}

export function isFakeOfficeError(e: unknown): e is FakeOfficeError {
  return e instanceof FakeOfficeError;
}
