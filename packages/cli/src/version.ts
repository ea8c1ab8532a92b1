/** The version of the kedja command, shown by --version and in reports. */
export const VERSION = '0.1.0';
