import JSZip from 'jszip';

const CHART_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

/**
 * `workbook` (an .xlsx whose first sheet has a drawing, e.g. an image) with a chart added to
 * that drawing as Excel stores one: a graphic frame pointing at xl/charts/chart1.xml.
 */
export async function withChart(workbook: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(workbook);
  const drawingPath = 'xl/drawings/drawing1.xml';
  const drawing = await zip.file(drawingPath)!.async('string');
  const frame =
    '<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
    '<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="9" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart1"/>' +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';
  zip.file(drawingPath, drawing.replace('</xdr:wsDr>', `${frame}</xdr:wsDr>`));
  const relsPath = 'xl/drawings/_rels/drawing1.xml.rels';
  const rels = await zip.file(relsPath)!.async('string');
  zip.file(
    relsPath,
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdChart1" Type="${CHART_REL}" Target="../charts/chart1.xml"/></Relationships>`,
    ),
  );
  zip.file(
    'xl/charts/chart1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>',
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'uint8array' });
}
