// Development HTTPS: Office requires it. Where the CA cannot be installed (no admin rights), serve with the
// generated certificate anyway and say how to trust it; where none can be made, fall back to HTTP and say so.
const fs = require("fs");

/** The webpack-dev-server `server` option: https with the Office development certificates, or plain http. */
async function devHttpsOptions() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    const untrusted = untrustedCertificate(devCerts);
    if (untrusted) {
      console.warn(
        `The development CA certificate could not be installed (${error.message}).\n` +
          `Serving HTTPS with an untrusted certificate. Trust ${untrusted.caPath} in your browser or system ` +
          "(Debian: copy it to /usr/local/share/ca-certificates/ and run update-ca-certificates as root)."
      );
      return { type: "https", options: untrusted.options };
    }
    console.warn(
      `Development certificates could not be made (${error.message}).\n` +
        "Serving plain HTTP on localhost:3000: Excel will not load the add-in until HTTPS works.\n" +
        "Run `npx office-addin-dev-certs install` as an administrator and start again."
    );
    return { type: "http" };
  }
}

function untrustedCertificate(devCerts) {
  if (!devCerts) return undefined;
  const {
    localhostCertificatePath,
    localhostKeyPath,
    caCertificatePath,
  } = require("office-addin-dev-certs/lib/defaults");
  if (!fs.existsSync(localhostCertificatePath) || !fs.existsSync(localhostKeyPath))
    return undefined;
  return {
    caPath: caCertificatePath,
    options: {
      cert: fs.readFileSync(localhostCertificatePath),
      key: fs.readFileSync(localhostKeyPath),
      ca: fs.readFileSync(caCertificatePath),
    },
  };
}

module.exports = { devHttpsOptions };
