// The pane's entry point; the campaign summary flow is built on this page.

function showStatus(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

Office.onReady((info) => {
  if (info.host === Office.HostType.Excel) {
    showStatus("Type =WOM. in a cell to use the word-of-mouth KPI functions.");
  } else {
    showStatus("Open this add-in from Excel: Home › Campaign summary.");
  }
});
