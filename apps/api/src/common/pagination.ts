import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { AppError, ErrorCode, badField } from './errors';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * One set of paging arguments for every list: integrations walk with `first/after`
 * (stable under inserts), admin tables jump with `offset`. Both give `totalCount`.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last row of the previous page.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Rows to skip, for tables that jump to a page. Not with `after`.' })
  offset?: number | null;
}

export interface PageRequest {
  limit: number;
  offset: number;
  after: unknown[] | null;
}

export function pageRequest(args: PageArgs, maxOffset = 1_000_000): PageRequest {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badField('first', `must be between 1 and ${MAX_PAGE_SIZE}`, 'out_of_range');
  }
  if (args.offset != null && args.after != null) {
    throw badField('offset', 'give either offset or after, not both', 'conflicting_arguments');
  }
  const offset = args.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > maxOffset) {
    // Deep offsets make the database walk every skipped row; cursors do not.
    throw new AppError(ErrorCode.BAD_USER_INPUT, `offset: must be between 0 and ${maxOffset}; page further with after`, {
      issues: [{ field: 'offset', message: `must be between 0 and ${maxOffset}; page further with after`, code: 'out_of_range', limits: [0, maxOffset] }],
    });
  }
  return { limit, offset, after: args.after != null ? decodeCursor(args.after) : null };
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string): unknown[] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length > 0) return v;
  } catch {
    /* fall through */
  }
  throw badField('after', 'is not a cursor this API issued', 'invalid_cursor');
}

/**
 * A keyset condition "row after cursor" for an order on `keys`, all in one direction (the
 * last key must be unique, normally `id`).
 */
export function afterCondition(keys: string[], values: unknown[], direction: 'asc' | 'desc' = 'asc'): Record<string, unknown> {
  const op = direction === 'asc' ? '$gt' : '$lt';
  if (values.length !== keys.length) throw badField('after', 'is not a cursor for this list', 'invalid_cursor');
  const ors: Record<string, unknown>[] = [];
  for (let i = 0; i < keys.length; i++) {
    const cond: Record<string, unknown> = {};
    for (let j = 0; j < i; j++) cond[keys[j]!] = values[j];
    cond[keys[i]!] = { [op]: values[i] };
    ors.push(cond);
  }
  return { $or: ors };
}

@ObjectType({ simpleResolvers: true, description: 'Where a page sits in its list.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  count: () => Promise<number>;
}

/** Builds `<Name>Connection` and `<Name>Edge` for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} rows.` })
  class ConnectionType {
    constructor(private readonly page: Page<T>) {}

    @Field(() => [nodeType])
    get nodes(): T[] {
      return this.page.nodes;
    }

    @Field(() => [Edge])
    get edges(): Edge[] {
      return this.page.nodes.map((node, i) => ({ node, cursor: this.page.cursors[i]! }));
    }

    @Field(() => PageInfo)
    get pageInfo(): PageInfo {
      const { cursors } = this.page;
      return {
        hasNextPage: this.page.hasNextPage,
        hasPreviousPage: this.page.hasPreviousPage,
        startCursor: cursors[0] ?? null,
        endCursor: cursors[cursors.length - 1] ?? null,
      };
    }

    /** Counted only when asked for, so integrations walking pages pay one statement less. */
    @Field(() => Int)
    totalCount(): Promise<number> {
      return this.page.count();
    }
  }
  return ConnectionType;
}

/**
 * A page from rows fetched with `limit + 1` (the extra row only tells whether more follow).
 * `cursorOf` gives a row's sort-key values; `count` runs only if `totalCount` is asked for.
 */
export function pageOf<T>(rows: T[], request: PageRequest, cursorOf: (row: T) => unknown[], count: () => Promise<number>): Page<T> {
  const hasNextPage = rows.length > request.limit;
  const nodes = hasNextPage ? rows.slice(0, request.limit) : rows;
  return {
    nodes,
    cursors: nodes.map((n) => encodeCursor(cursorOf(n))),
    hasNextPage,
    hasPreviousPage: request.after != null || request.offset > 0,
    count,
  };
}
