// Words a chart needs, passed in already translated: components carry no text of their own.

export interface ChartLabels {
  /** The summary of the `<details>` holding the table alternative, e.g. "ตารางข้อมูล". */
  table: string;
  /** Text of the link to the data the chart shows, e.g. "ดาวน์โหลดข้อมูล (CSV)". */
  data: string;
  /** Written where a value, or the whole chart, has no data, e.g. "ไม่มีข้อมูล". */
  noData: string;
}
