import { z } from 'zod';

/**
 * The Adaptive Cards 1.5 subset the bot may send, as strict zod objects. No package on the npm registry ships
 * the official JSON schema (adaptivecards 1.2.3 here is a 1.2 renderer; the designer ships TS only), so this
 * encodes adaptivecards.io's 1.5 element and action reference for the types listed; an unknown type, an unknown
 * property or a 1.6 feature (e.g. targetWidth, Carousel) fails.
 */
const spacing = z.enum(['default', 'none', 'small', 'medium', 'large', 'extraLarge', 'padding']);
const ci = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().refine((v) => values.some((x) => x.toLowerCase() === v.toLowerCase()), `one of ${values.join(', ')}`);
const size = ci(['default', 'small', 'medium', 'large', 'extraLarge'] as const);
const weight = ci(['default', 'lighter', 'bolder'] as const);
const color = ci(['default', 'dark', 'light', 'accent', 'good', 'warning', 'attention'] as const);
const hAlign = ci(['left', 'center', 'right'] as const);
const vAlign = ci(['top', 'center', 'bottom'] as const);
const containerStyle = ci(['default', 'emphasis', 'good', 'attention', 'warning', 'accent'] as const);
const fontType = ci(['default', 'monospace'] as const);

const common = {
  id: z.string().optional(),
  isVisible: z.boolean().optional(),
  separator: z.boolean().optional(),
  spacing: ci(spacing.options as unknown as readonly [string, ...string[]]).optional(),
  height: ci(['auto', 'stretch'] as const).optional(),
  requires: z.record(z.string(), z.string()).optional(),
  fallback: z.union([z.literal('drop'), z.lazy((): z.ZodType => element)]).optional(),
};

const actionCommon = {
  id: z.string().optional(),
  title: z.string().optional(),
  iconUrl: z.string().optional(),
  style: ci(['default', 'positive', 'destructive'] as const).optional(),
  fallback: z.union([z.literal('drop'), z.lazy((): z.ZodType => action)]).optional(),
  tooltip: z.string().optional(),
  isEnabled: z.boolean().optional(),
  mode: ci(['primary', 'secondary'] as const).optional(),
  requires: z.record(z.string(), z.string()).optional(),
};

const submitData = z.union([z.string(), z.record(z.string(), z.unknown())]);
export const action: z.ZodType = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('Action.Submit'),
      ...actionCommon,
      data: submitData.optional(),
      associatedInputs: ci(['auto', 'none'] as const).optional(),
    }),
    z.strictObject({
      type: z.literal('Action.Execute'),
      ...actionCommon,
      verb: z.string().optional(),
      data: submitData.optional(),
      associatedInputs: ci(['auto', 'none'] as const).optional(),
    }),
    z.strictObject({ type: z.literal('Action.OpenUrl'), ...actionCommon, url: z.string().url() }),
    z.strictObject({ type: z.literal('Action.ShowCard'), ...actionCommon, card: z.lazy(() => cardShape(false)) }),
    z.strictObject({
      type: z.literal('Action.ToggleVisibility'),
      ...actionCommon,
      targetElements: z.array(
        z.union([z.string(), z.strictObject({ elementId: z.string(), isVisible: z.boolean().optional() })]),
      ),
    }),
  ]),
);

const selectAction = z.lazy(() => action);
const textRun = z.strictObject({
  type: z.literal('TextRun'),
  text: z.string(),
  color: color.optional(),
  fontType: fontType.optional(),
  highlight: z.boolean().optional(),
  isSubtle: z.boolean().optional(),
  italic: z.boolean().optional(),
  selectAction: selectAction.optional(),
  size: size.optional(),
  strikethrough: z.boolean().optional(),
  underline: z.boolean().optional(),
  weight: weight.optional(),
});
const choice = z.strictObject({ title: z.string(), value: z.string() });
const inputCommon = {
  ...common,
  id: z.string().min(1),
  label: z.string().optional(),
  isRequired: z.boolean().optional(),
  errorMessage: z.string().optional(),
};

export const element: z.ZodType = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('TextBlock'),
      ...common,
      text: z.string(),
      color: color.optional(),
      fontType: fontType.optional(),
      horizontalAlignment: hAlign.optional(),
      isSubtle: z.boolean().optional(),
      maxLines: z.number().int().positive().optional(),
      size: size.optional(),
      weight: weight.optional(),
      wrap: z.boolean().optional(),
      style: ci(['default', 'heading'] as const).optional(),
    }),
    z.strictObject({
      type: z.literal('RichTextBlock'),
      ...common,
      inlines: z.array(z.union([textRun, z.string()])),
      horizontalAlignment: hAlign.optional(),
    }),
    z.strictObject({
      type: z.literal('Image'),
      ...common,
      url: z.string(),
      altText: z.string().optional(),
      size: ci(['auto', 'stretch', 'small', 'medium', 'large'] as const).optional(),
      width: z.string().optional(),
      horizontalAlignment: hAlign.optional(),
      style: ci(['default', 'person'] as const).optional(),
      selectAction: selectAction.optional(),
    }),
    z.strictObject({
      type: z.literal('FactSet'),
      ...common,
      facts: z.array(z.strictObject({ title: z.string(), value: z.string() })),
    }),
    z.strictObject({
      type: z.literal('Container'),
      ...common,
      items: z.array(element),
      style: containerStyle.optional(),
      bleed: z.boolean().optional(),
      minHeight: z.string().optional(),
      rtl: z.boolean().optional(),
      verticalContentAlignment: vAlign.optional(),
      selectAction: selectAction.optional(),
    }),
    z.strictObject({
      type: z.literal('ColumnSet'),
      ...common,
      columns: z.array(column).optional(),
      style: containerStyle.optional(),
      bleed: z.boolean().optional(),
      minHeight: z.string().optional(),
      horizontalAlignment: hAlign.optional(),
      selectAction: selectAction.optional(),
    }),
    z.strictObject({ type: z.literal('ActionSet'), ...common, actions: z.array(action) }),
    z.strictObject({
      type: z.literal('Table'),
      ...common,
      columns: z
        .array(
          z.strictObject({
            width: z.union([z.string(), z.number()]).optional(),
            horizontalCellContentAlignment: hAlign.optional(),
            verticalCellContentAlignment: vAlign.optional(),
          }),
        )
        .optional(),
      rows: z.array(
        z.strictObject({
          type: z.literal('TableRow'),
          cells: z.array(
            z.strictObject({
              type: z.literal('TableCell'),
              items: z.array(element),
              style: containerStyle.optional(),
              verticalContentAlignment: vAlign.optional(),
              selectAction: selectAction.optional(),
            }),
          ),
          style: containerStyle.optional(),
        }),
      ),
      firstRowAsHeader: z.boolean().optional(),
      showGridLines: z.boolean().optional(),
      gridStyle: containerStyle.optional(),
      horizontalCellContentAlignment: hAlign.optional(),
      verticalCellContentAlignment: vAlign.optional(),
    }),
    z.strictObject({
      type: z.literal('Input.Text'),
      ...inputCommon,
      isMultiline: z.boolean().optional(),
      maxLength: z.number().int().optional(),
      placeholder: z.string().optional(),
      regex: z.string().optional(),
      style: ci(['text', 'tel', 'url', 'email', 'password'] as const).optional(),
      value: z.string().optional(),
      inlineAction: selectAction.optional(),
    }),
    z.strictObject({
      type: z.literal('Input.Number'),
      ...inputCommon,
      max: z.number().optional(),
      min: z.number().optional(),
      placeholder: z.string().optional(),
      value: z.number().optional(),
    }),
    z.strictObject({
      type: z.literal('Input.Toggle'),
      ...inputCommon,
      title: z.string(),
      value: z.string().optional(),
      valueOff: z.string().optional(),
      valueOn: z.string().optional(),
      wrap: z.boolean().optional(),
    }),
    z.strictObject({
      type: z.literal('Input.ChoiceSet'),
      ...inputCommon,
      choices: z.array(choice),
      isMultiSelect: z.boolean().optional(),
      style: ci(['compact', 'expanded', 'filtered'] as const).optional(),
      value: z.string().optional(),
      placeholder: z.string().optional(),
      wrap: z.boolean().optional(),
    }),
    z.strictObject({
      type: z.literal('Input.Date'),
      ...inputCommon,
      max: z.string().optional(),
      min: z.string().optional(),
      placeholder: z.string().optional(),
      value: z.string().optional(),
    }),
  ]),
);

const column: z.ZodType = z.lazy(() =>
  z.strictObject({
    type: z.literal('Column').optional(),
    ...common,
    items: z.array(element).optional(),
    width: z.union([z.string(), z.number()]).optional(),
    style: containerStyle.optional(),
    bleed: z.boolean().optional(),
    minHeight: z.string().optional(),
    rtl: z.boolean().optional(),
    verticalContentAlignment: vAlign.optional(),
    selectAction: selectAction.optional(),
  }),
);

function cardShape(root: boolean) {
  return z.strictObject({
    type: z.literal('AdaptiveCard'),
    version: root ? z.literal('1.5') : z.string().optional(),
    $schema: z.string().optional(),
    body: z.array(element).optional(),
    actions: z.array(action).optional(),
    fallbackText: z.string().optional(),
    speak: z.string().optional(),
    lang: z.string().optional(),
    minHeight: z.string().optional(),
    rtl: z.boolean().optional(),
    verticalContentAlignment: vAlign.optional(),
    selectAction: selectAction.optional(),
    backgroundImage: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
    refresh: z.record(z.string(), z.unknown()).optional(),
    authentication: z.record(z.string(), z.unknown()).optional(),
    metadata: z.strictObject({ webUrl: z.string().optional() }).optional(),
    /** Teams host extension: full-width cards. */
    msteams: z.strictObject({ width: z.literal('Full').optional() }).optional(),
  });
}

export const adaptiveCard15 = cardShape(true);

/** Schema problems of one card, as "path: message" lines (empty = valid). */
export function cardProblems(card: unknown): string[] {
  const result = adaptiveCard15.safeParse(card);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(card)'}: ${i.message}`);
}
