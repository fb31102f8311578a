import type { Params } from './params';

/** The project the UI works in; null is the caller's own (non-project) resources. */
export interface ProjectChoice {
  id: string;
  name: string;
}

const KEY = 'sharpstack.project';

function load(): ProjectChoice | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return null;
    const p = JSON.parse(raw) as ProjectChoice;
    return typeof p.id === 'string' && typeof p.name === 'string' ? p : null;
  } catch {
    return null;
  }
}

/**
 * The project switcher's state, as CloudStack's UI keeps it: while a project is chosen, every call
 * of a command that takes projectid (from listApis) carries it, so lists show the project's
 * resources and new ones are the project's. The project commands themselves always say which
 * project they mean, so they are left alone.
 */
export class ProjectScope {
  private current: ProjectChoice | null = load();
  private commands: ReadonlySet<string> = new Set();
  private readonly listeners = new Set<() => void>();

  get(): ProjectChoice | null {
    return this.current;
  }

  set(choice: ProjectChoice | null): void {
    this.current = choice;
    if (choice) globalThis.localStorage?.setItem(KEY, JSON.stringify(choice));
    else globalThis.localStorage?.removeItem(KEY);
    this.listeners.forEach((l) => l());
  }

  /** The commands (from listApis) that take a projectid parameter. */
  setCommands(commands: Iterable<string>): void {
    this.commands = new Set(commands);
  }

  /** The call's parameters with the chosen project's id added where the command takes one. */
  apply(command: string, params: Params): Params {
    if (!this.current || !this.commands.has(command) || /project/i.test(command) || params.projectid !== undefined) return params;
    return { ...params, projectid: this.current.id };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
