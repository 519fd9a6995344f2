/** A merged block of cells, 0-based and inclusive, as file readers and hosts report it. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
