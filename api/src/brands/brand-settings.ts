/** brands.settings.rewardLevels when unset: the seed's 3-level scheme. */
export const DEFAULT_REWARD_LEVELS = 3;

/** brands.settings as stored (a JSON object; keys other modules own included), whatever the driver returns. */
export function settingsOf(value: unknown): Record<string, unknown> {
  const parsed = typeof value === 'string' ? safeJson(value) : value;
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
}

/** How many reward levels the brand pays, as the settlement planner reads it: 1..3, 3 when unset or invalid. */
export function rewardLevelsOf(settings: Record<string, unknown>): number {
  const value = settings.rewardLevels;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 3 ? value : DEFAULT_REWARD_LEVELS;
}

/** A settings change merged key by key into what is stored: keys left out (or undefined) keep their value. */
export function mergeSettings(stored: Record<string, unknown>, change: Record<string, unknown>): Record<string, unknown> {
  return { ...stored, ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
