import type { FieldChange, ObjectChange, Plan } from './plan';

export type PlanFormat = 'text' | 'markdown' | 'json';

const SYMBOL = { added: '+', removed: '-', changed: '~' } as const;

function value(v: unknown): string {
  if (v === undefined) return '(absent)';
  // One line per field, whatever the value: multi-line text (a script, a config file) shows its newlines as \n.
  const text = (typeof v === 'string' ? v : JSON.stringify(v)).replace(/\n/g, '\\n');
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function objectName(change: ObjectChange): string {
  return `${change.kind} ${change.namespace ? `${change.namespace}/` : ''}${change.name}`;
}

function fieldLine(field: FieldChange): string {
  return `${field.path}: ${value(field.before)} -> ${value(field.after)}`;
}

/** Changes grouped by environment, then module, in order. */
function grouped(plan: Plan): Map<string, Map<string, ObjectChange[]>> {
  const groups = new Map<string, Map<string, ObjectChange[]>>();
  for (const change of plan.changes) {
    const modules = groups.get(change.environment) ?? new Map<string, ObjectChange[]>();
    modules.set(change.module, [...(modules.get(change.module) ?? []), change]);
    groups.set(change.environment, modules);
  }
  for (const [environment, modules] of groups) groups.set(environment, new Map([...modules].sort(([a], [b]) => (a < b ? -1 : 1))));
  return groups;
}

function summary(plan: Plan): string {
  const count = (kind: ObjectChange['change']) => plan.changes.filter((c) => c.change === kind).length;
  const flags = plan.flagCount === 0 ? 'no flags' : `${plan.flagCount} flag${plan.flagCount === 1 ? '' : 's'}: approval needed`;
  return `${count('added')} added, ${count('changed')} changed, ${count('removed')} removed; ${flags}`;
}

function text(plan: Plan, base: string): string {
  const lines = [`Plan against ${base}: ${summary(plan)}`];
  for (const [environment, modules] of grouped(plan)) {
    lines.push('', environment);
    for (const [module, changes] of modules) {
      lines.push(`  ${module}`);
      for (const change of changes) {
        lines.push(`    ${SYMBOL[change.change]} ${objectName(change)}${change.movedFrom ? ` (from ${change.movedFrom})` : ''}`);
        for (const flag of change.flags) lines.push(`        FLAG: ${flag}`);
        for (const field of change.fields) lines.push(`        ${fieldLine(field)}`);
        if (change.fieldCount > change.fields.length) lines.push(`        ... and ${change.fieldCount - change.fields.length} more fields`);
      }
    }
  }
  if (plan.versions.length > 0) {
    lines.push('', 'Versions');
    for (const v of plan.versions) lines.push(`  ${v.environment}/${v.module} ${v.what}: ${v.before.join(', ') || '(none)'} -> ${v.after.join(', ') || '(none)'}`);
  }
  return `${lines.join('\n')}\n`;
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

function markdown(plan: Plan, base: string): string {
  const lines = [`### Plan against ${code(base)}`, '', summary(plan)];
  const flagged = plan.changes.filter((c) => c.flags.length > 0);
  if (flagged.length > 0) {
    lines.push('', '#### Flags', '');
    for (const change of flagged) for (const flag of change.flags) lines.push(`- :warning: **${change.environment}/${change.module}** ${code(objectName(change))}: ${flag}`);
  }
  for (const [environment, modules] of grouped(plan)) {
    lines.push('', `#### ${environment}`, '', '| module | change | object | fields |', '| --- | --- | --- | --- |');
    for (const [module, changes] of modules) {
      for (const change of changes) {
        const fields = change.fields.map((f) => code(fieldLine(f))).join('<br>') + (change.fieldCount > change.fields.length ? `<br>... ${change.fieldCount - change.fields.length} more` : '');
        lines.push(`| ${module} | ${change.change}${change.movedFrom ? ` (from ${change.movedFrom})` : ''}${change.flags.length ? ' :warning:' : ''} | ${code(objectName(change))} | ${fields.replace(/\|/g, '\\|')} |`);
      }
    }
  }
  if (plan.versions.length > 0) {
    lines.push('', '#### Versions', '', '| environment | module | kind | before | after |', '| --- | --- | --- | --- | --- |');
    for (const v of plan.versions) lines.push(`| ${v.environment} | ${v.module} | ${v.what} | ${v.before.map(code).join('<br>')} | ${v.after.map(code).join('<br>')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The plan as a terminal reads it, as a pull-request comment (Markdown), or as JSON for tools. */
export function formatPlan(plan: Plan, base: string, format: PlanFormat): string {
  if (format === 'json') return `${JSON.stringify({ base, ...plan }, null, 2)}\n`;
  return format === 'markdown' ? markdown(plan, base) : text(plan, base);
}
