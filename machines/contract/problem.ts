/** Errors: every failed request of the API answers `application/problem+json` in this shape. */

export interface FieldError {
  /** Dotted path of the field in the request body, e.g. `customer.email`. */
  field: string;
  message: string;
}

/** RFC 9457 problem details, as every error of the API is shaped. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}
