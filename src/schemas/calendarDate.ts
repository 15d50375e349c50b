import { z } from 'astro/zod';

/** What a date field says when its value is missing or is no date: zod alone says "expected date, received Date". */
export const DATE_MESSAGE = 'missing or not a date: write it as YYYY-MM-DD, e.g. 2026-11-30';

/** A calendar date as written in front matter and YAML (`2026-11-30`). */
export const calendarDate = () => z.coerce.date({ error: DATE_MESSAGE });
