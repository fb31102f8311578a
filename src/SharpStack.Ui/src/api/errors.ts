/** A refusal from the API (HTTP status = errorcode) or a transport failure. */
export class ApiError extends Error {
  /** The CloudStack error code (431, 531, ...) or the HTTP status when the body had none. */
  readonly errorcode: number;
  readonly status: number;
  readonly command: string;

  constructor(command: string, status: number, errorcode: number, message: string) {
    super(message);
    this.name = 'ApiError';
    this.command = command;
    this.status = status;
    this.errorcode = errorcode;
  }

  /** 401: the session ended (logged out elsewhere, timed out, or the key did not match). */
  get sessionEnded(): boolean {
    return this.status === 401 || this.errorcode === 401;
  }
}

/** The message to show a person for any thrown value. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
