import { usePaneStyles } from '../common/layout.js';
import { renderConvertFlow } from './renderConvertFlow.js';
import { useConvertFlow, type ConvertFlowProps } from './useConvertFlow.js';

/** Inspection of one source → mapping → preview → convert. */
export function ConvertFlow(props: ConvertFlowProps) {
  return renderConvertFlow(useConvertFlow(props), usePaneStyles());
}
