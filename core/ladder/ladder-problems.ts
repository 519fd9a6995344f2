/**
 * Checks a ladder read from `PG Settings` (a custom one especially) against what the gates
 * rely on, so a mistyped ladder is reported instead of silently governing wrongly. Each
 * problem names the `PG Settings` row and says what to do.
 */
import type { Ladder } from '../model/ladder.js';

export function ladderProblems(ladder: Ladder): string[] {
  const problems: string[] = [];
  const levels = [...ladder.levels].sort((a, b) => a.level - b.level);
  if (levels.length === 0)
    return [
      'The ladder in PG Settings has no levels: type standard, l0-l5 or doi0-6 in Ladder preset, or add Level rows.',
    ];
  const numbers = levels.map((l) => l.level);
  if (numbers.some((n, i) => n !== i))
    problems.push(
      `Ladder levels must be numbered 0, 1, 2… without gaps or repeats; PG Settings has ${numbers.join(', ')}: renumber the Level rows.`,
    );
  const has = (n: number): boolean => numbers.includes(n);
  const top = numbers[numbers.length - 1];

  levels.forEach((level, i) => {
    const row = `Level ${level.level}`;
    if (level.name.trim() === '') problems.push(`${row} in PG Settings has no name: give it one.`);
    if (!Number.isFinite(level.weight) || level.weight < 0 || level.weight > 1)
      problems.push(`${row} weight ${level.weight} is not between 0 and 1: enter a weight such as 0.5.`);
    const previous = levels[i - 1];
    if (previous && level.weight < previous.weight)
      problems.push(
        `${row} weighs ${level.weight}, less than level ${previous.level} (${previous.weight}): weights must not fall as an initiative moves up.`,
      );
    if (level.level > 0 && level.movers.length === 0)
      problems.push(`Nobody may move an initiative into ${row}: name its movers in PG Settings.`);
    if (level.criteria.includes('signOff') && level.level !== ladder.signOffLevel)
      problems.push(
        `${row} requires a sign-off, but the sign-off level is ${ladder.signOffLevel}: move the criterion or change Sign-off level.`,
      );
  });

  if (!has(ladder.freezeLevel))
    problems.push(
      `Plan freeze level ${ladder.freezeLevel} is not a level of the ladder: pick one from 0 to ${top}.`,
    );
  if (!has(ladder.signOffLevel))
    problems.push(
      `Sign-off level ${ladder.signOffLevel} is not a level of the ladder: pick one from 1 to ${top}.`,
    );
  else {
    if (ladder.signOffLevel !== top)
      problems.push(
        `Sign-off must be the top level (${top}), not ${ladder.signOffLevel}: nothing can follow the controller's closure.`,
      );
    if (ladder.signOffLevel < 1)
      problems.push('Sign-off cannot be level 0: every initiative would start closed.');
    const signOff = levels.find((l) => l.level === ladder.signOffLevel);
    if (signOff && !signOff.criteria.includes('signOff'))
      problems.push(
        `Level ${signOff.level} is the sign-off level but does not require the controller's sign-off: add signOff to its criteria.`,
      );
    const wrongMovers = signOff?.movers.filter((m) => m !== 'controller') ?? [];
    if (wrongMovers.length > 0)
      problems.push(
        `Only a controller may sign off (Level ${ladder.signOffLevel}); remove ${wrongMovers.join(', ')} from its movers in PG Settings.`,
      );
  }
  if (has(ladder.freezeLevel) && has(ladder.signOffLevel) && ladder.freezeLevel >= ladder.signOffLevel)
    problems.push(
      `The plan must freeze (level ${ladder.freezeLevel}) before sign-off (level ${ladder.signOffLevel}): lower Plan freeze level.`,
    );
  return problems;
}
