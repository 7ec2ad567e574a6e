// office-addin-mock needs only the host names from office-addin-manifest, whose ES-module dependencies
// Jest cannot load on Node 20: tests get this stand-in instead (see jest.config.js).
export const OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
};
