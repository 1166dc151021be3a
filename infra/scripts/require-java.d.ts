/** Throws an Error carrying the install command unless `java -version` reports 17 or newer. */
export function assertJavaAvailable(): void;
export const JAVA_INSTALL_HINT: string;
