import { signsInWithEmail, type UserPoolConfig, type UserPoolGroupConfig } from './user-pool-config';

/** The statuses this emulation reaches (Cognito's UserStatusType has more: RESET_REQUIRED, EXTERNAL_PROVIDER…). */
export type UserStatus = 'UNCONFIRMED' | 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD';

/** One user as stored: plain JSON, so snapshots are a copy of these records. Times are epoch milliseconds. */
export interface UserRecord {
  /** Cognito's username: chosen by the caller, or a generated UUID (= sub) in pools that sign in with e-mail. */
  username: string;
  sub: string;
  /** Attribute name → value as Cognito returns them, `sub` included; booleans as "true"/"false" strings. */
  attributes: Record<string, string>;
  passwordHash?: string;
  status: UserStatus;
  enabled: boolean;
  createdAt: number;
  modifiedAt: number;
  /** When the current password was set: temporary passwords expire `temporaryPasswordValidityDays` after it. */
  passwordSetAt: number;
  groups: string[];
}

/** One pool's users and groups; lookups are case-insensitive like a pool created with `CaseSensitive: false`. */
export class UserPool {
  readonly groups: ReadonlyMap<string, UserPoolGroupConfig>;
  private readonly users = new Map<string, UserRecord>();

  constructor(
    readonly config: UserPoolConfig,
    groups: readonly UserPoolGroupConfig[],
  ) {
    this.groups = new Map(groups.map((group) => [group.groupName, group]));
  }

  get id(): string {
    return this.config.id;
  }

  /** By username, or by e-mail in pools whose users sign in with it (the name they know, not the generated UUID). */
  find(name: string): UserRecord | undefined {
    const byUsername = this.users.get(name.toLowerCase());
    if (byUsername !== undefined || !signsInWithEmail(this.config)) return byUsername;
    const email = name.toLowerCase();
    return this.all().find((user) => user.attributes.email?.toLowerCase() === email);
  }

  add(user: UserRecord): void {
    this.users.set(user.username.toLowerCase(), user);
  }

  all(): UserRecord[] {
    return [...this.users.values()];
  }

  /** The user's groups in the order Cognito lists them in `cognito:groups`: by precedence, then name. */
  groupsOf(user: UserRecord): UserPoolGroupConfig[] {
    return user.groups
      .map((name) => this.groups.get(name))
      .filter((group): group is UserPoolGroupConfig => group !== undefined)
      .sort(
        (a, b) => (a.precedence ?? Infinity) - (b.precedence ?? Infinity) || a.groupName.localeCompare(b.groupName),
      );
  }

  clear(): void {
    this.users.clear();
  }
}
