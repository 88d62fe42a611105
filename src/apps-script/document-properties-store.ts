import type { ListableStore } from '../ports/key-value-store';

/** Document properties: shared by everyone who uses the add-on in this spreadsheet. */
export class DocumentPropertiesStore implements ListableStore {
  private readonly properties = PropertiesService.getDocumentProperties();

  get(key: string): string | null {
    return this.properties.getProperty(key);
  }

  set(key: string, value: string): void {
    this.properties.setProperty(key, value);
  }

  delete(key: string): void {
    this.properties.deleteProperty(key);
  }

  entries(prefix: string): Array<[string, string]> {
    return Object.entries(this.properties.getProperties()).filter(([key]) => key.startsWith(prefix));
  }
}
