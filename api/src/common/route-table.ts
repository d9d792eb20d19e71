/**
 * Every API path and the methods it has, so that the API can answer what Express's routers cannot:
 * 405 with a true `Allow` for a method a path does not have, OPTIONS for a path that exists, and which
 * registered path a request is for, a static segment winning over a parameter (`/members/merge` is never
 * `/members/{id}`, whichever was mounted first).
 */

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface Route {
  /** Express path: `/api/v1/members/:id`. */
  template: string;
  segments: string[];
  methods: Set<Method>;
}

export interface RouteMatch {
  template: string;
  /** The methods of the path as `Allow` lists them: upper case, HEAD with GET, and OPTIONS. */
  allow: string[];
  has(method: string): boolean;
}

/** Paths registered one by one as the routers are built; `match` resolves a request path. */
export class RouteTable {
  private readonly routes = new Map<string, Route>();

  add(method: Method, template: string): void {
    const normalised = this.normalised(template);
    const route = this.routes.get(normalised) ?? { template: normalised, segments: split(normalised), methods: new Set<Method>() };
    route.methods.add(method);
    this.routes.set(normalised, route);
  }

  /** A path as the table keys it (no trailing slash), and as `match` answers it. */
  normalised(path: string): string {
    return normalise(path);
  }

  /** The registered path a request path is for: of those it fits, the one with static segments earliest. */
  match(path: string): RouteMatch | null {
    const parts = split(normalise(path));
    let best: Route | null = null;
    for (const route of this.routes.values()) {
      if (!fits(route.segments, parts)) continue;
      if (!best || moreSpecific(route.segments, best.segments)) best = route;
    }
    if (!best) return null;
    const methods = best.methods;
    const allow = [...methods].map((m) => m.toUpperCase());
    if (methods.has('get')) allow.push('HEAD');
    allow.push('OPTIONS');
    return {
      template: best.template,
      allow,
      has: (method) => {
        const m = method.toLowerCase();
        return m === 'options' || methods.has(m as Method) || (m === 'head' && methods.has('get'));
      },
    };
  }
}

/** The API's one table, filled by `ApiRouter.add` and the few hand-written routes. */
export const routeTable = new RouteTable();

function normalise(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

const isParam = (segment: string) => segment.startsWith(':');

function fits(template: string[], parts: string[]): boolean {
  if (template.length !== parts.length) return false;
  // Express matches static segments without regard to case (its default): so does this table.
  return template.every((segment, i) => (isParam(segment) ? parts[i] !== '' : segment.toLowerCase() === parts[i]!.toLowerCase()));
}

/** `a` beats `b` when, at the first segment where they differ in kind, `a`'s is static. */
function moreSpecific(a: string[], b: string[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (isParam(a[i]!) !== isParam(b[i]!)) return !isParam(a[i]!);
  }
  return false;
}
