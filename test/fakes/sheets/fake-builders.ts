import type {
  ChartBuilderApi,
  ConditionalFormatRuleBuilderApi,
  DataValidationApi,
  DataValidationBuilderApi,
  EmbeddedChartApi,
  RangeApi,
} from '../../../sheets-addon/server/apps-script-api.js';
import type { CallLog } from './call-log.js';

export class FakeDataValidation implements DataValidationApi {
  constructor(
    readonly values: string[],
    readonly showDropdown: boolean,
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaValues(): unknown[] {
    return [this.values, this.showDropdown];
  }
}

export class FakeDataValidationBuilder implements DataValidationBuilderApi {
  private values: string[] | null = null;
  private dropdown = true;
  private allowInvalid = true;
  private helpText = '';
  constructor(private readonly log: CallLog) {}
  requireValueInList(values: string[], showDropdown: boolean): this {
    this.log.hit('DataValidationBuilder.requireValueInList');
    this.values = [...values];
    this.dropdown = showDropdown;
    return this;
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): this {
    this.helpText = helpText;
    return this;
  }
  build(): FakeDataValidation {
    this.log.hit('DataValidationBuilder.build');
    if (!this.values) throw new Error('You must set a criteria type before building a data validation rule.');
    return new FakeDataValidation(this.values, this.dropdown, this.allowInvalid, this.helpText);
  }
}

export interface FakeConditionalRule {
  textEqualTo: string;
  background: string | null;
  fontColor: string | null;
  /** A1 notation of each range the rule covers. */
  ranges: string[];
}

export class FakeConditionalFormatRuleBuilder implements ConditionalFormatRuleBuilderApi {
  private rule: FakeConditionalRule = { textEqualTo: '', background: null, fontColor: null, ranges: [] };
  private hasCondition = false;
  constructor(private readonly log: CallLog) {}
  whenTextEqualTo(text: string): this {
    this.rule.textEqualTo = text;
    this.hasCondition = true;
    return this;
  }
  setBackground(color: string | null): this {
    this.rule.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    this.rule.fontColor = color;
    return this;
  }
  setRanges(ranges: RangeApi[]): this {
    this.rule.ranges = ranges.map((r) => r.getA1Notation());
    return this;
  }
  build(): FakeConditionalRule {
    this.log.hit('ConditionalFormatRuleBuilder.build');
    if (!this.hasCondition)
      throw new Error('The conditional format rule must have a boolean condition or a gradient.');
    if (this.rule.ranges.length === 0)
      throw new Error('The conditional format rule must have at least one range.');
    return { ...this.rule };
  }
}

export type FakeChartType = 'COLUMN' | 'LINE' | 'WATERFALL';

export class FakeChart implements EmbeddedChartApi {
  constructor(
    readonly id: number,
    readonly type: FakeChartType,
    readonly ranges: string[],
    readonly numHeaders: number,
    readonly position: { row: number; column: number },
    readonly options: Record<string, unknown>,
  ) {}
  getChartId(): number {
    return this.id;
  }
}

let nextChartId = 1;

export class FakeChartBuilder implements ChartBuilderApi {
  private type: FakeChartType | null = null;
  private readonly ranges: string[] = [];
  private numHeaders = -1;
  private position = { row: 1, column: 1 };
  private readonly options: Record<string, unknown> = {};
  constructor(private readonly log: CallLog) {}
  setChartType(type: unknown): this {
    this.type = type as FakeChartType;
    return this;
  }
  addRange(range: RangeApi): this {
    this.ranges.push(range.getA1Notation());
    return this;
  }
  setNumHeaders(headers: number): this {
    this.numHeaders = headers;
    return this;
  }
  setPosition(anchorRow: number, anchorCol: number, _offsetX: number, _offsetY: number): this {
    this.position = { row: anchorRow, column: anchorCol };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.options[option] = value;
    return this;
  }
  build(): FakeChart {
    this.log.hit('EmbeddedChartBuilder.build');
    if (!this.type) throw new Error('Chart type must be set before building the chart.');
    if (this.ranges.length === 0) throw new Error('A chart needs at least one data range.');
    return new FakeChart(nextChartId++, this.type, [...this.ranges], this.numHeaders, this.position, {
      ...this.options,
    });
  }
}
