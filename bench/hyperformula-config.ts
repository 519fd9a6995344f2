import type { ConfigParams } from 'hyperformula';

/**
 * HyperFormula as a stand-in for Excel. Excel keeps full doubles and shows 15 significant digits;
 * HyperFormula's default rounds results to 14, which turns a 10k-row SUM of 3,030,119,675.81
 * into ...675.80. 15 digits makes it agree with Excel (and with exact cents).
 */
export const HF_CONFIG: Partial<ConfigParams> = { licenseKey: 'gpl-v3', precisionRounding: 15 };
