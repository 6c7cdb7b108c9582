import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

export const HealthResponse = Type.Object({
  status: Type.Literal('ok'),
  version: Type.String(),
  db: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]),
  time: Type.String({ format: 'date-time' }),
});
export type HealthResponse = Static<typeof HealthResponse>;
