/**
 * The WHATWG URL class, which every runtime machines/ runs in has (browsers, Node, Workers) but
 * no ECMAScript lib declares. Only the machines project sees this file; the others get URL from
 * their DOM, WebWorker or Node types.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly origin: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}
