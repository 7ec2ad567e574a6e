// Node has no Excel: this stands in for the two globals of the custom functions runtime that the add-in uses,
// with the error codes and constructor shape documented for CustomFunctions.Error.
enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class CustomFunctionsError extends Error {
  constructor(
    public code: ErrorCode,
    message?: string
  ) {
    super(message);
    if (message === undefined) this.message = "";
  }
}

Object.assign(globalThis, {
  CustomFunctions: { Error: CustomFunctionsError, ErrorCode, associate: () => undefined },
});
