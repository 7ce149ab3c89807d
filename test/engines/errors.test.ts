import { describe, expect, it } from "vitest";
import { clickhouseSettings } from "../../loaders/engines/clickhouse.ts";
import { engineFailure, scrub } from "../../loaders/engines/errors.ts";
import { LoadError } from "../../loaders/model/load-error.ts";

const env = { KLANTBEELD_CLICKHOUSE_URL: "https://warehouse.example:8443", KLANTBEELD_CLICKHOUSE_USER: "etl_reader", KLANTBEELD_CLICKHOUSE_PASSWORD: "s3cr3t-Pw" };

describe("engine errors", () => {
  it("removes password, user name and URL credentials from any text", () => {
    expect(scrub("Wrong password for user etl_reader (s3cr3t-Pw) at https://etl_reader:s3cr3t-Pw@host:8443", env)).toBe("Wrong password for user *** (***) at https://host:8443");
  });

  it("names the source, the cause and what to fix, from the engine's error code", () => {
    const auth = Object.assign(new Error("Code: 193, e.displayText() = DB::Exception: Wrong password for user etl_reader, e.what() = DB::Exception"), {});
    expect(engineFailure(auth, "clickhouse", env, "webshop").message).toBe(
      'source "webshop" (engine clickhouse): the server refused the user name or password; check the KLANTBEELD_CLICKHOUSE_USER and KLANTBEELD_CLICKHOUSE_PASSWORD secrets (Code: 193, e.displayText() = DB::Exception: Wrong password for user ***)',
    );
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:8123"), { code: "ECONNREFUSED" });
    expect(engineFailure(refused, "clickhouse", env).message).toBe("engine clickhouse: cannot reach the server; check KLANTBEELD_CLICKHOUSE_URL and that the server is up (connect ECONNREFUSED 127.0.0.1:8123)");
    const memory = new Error("Code: 241, e.displayText() = DB::Exception: Memory limit (for query) exceeded");
    expect(engineFailure(memory, "clickhouse", env)).toBeInstanceOf(LoadError);
    expect(engineFailure(memory, "clickhouse", env).message).toMatch(/^engine clickhouse: the server ran out of memory for the query/);
  });

  it("speaks the reader's language: Dutch words, the engine's own detail as it wrote it, still scrubbed", () => {
    const auth = new Error("Code: 193, e.displayText() = DB::Exception: Wrong password for user etl_reader, e.what() = DB::Exception");
    expect(engineFailure(auth, "clickhouse", env, "webshop").text("nl")).toBe(
      'bron "webshop" (engine clickhouse): de server weigert de gebruikersnaam of het wachtwoord; controleer de secrets KLANTBEELD_CLICKHOUSE_USER en KLANTBEELD_CLICKHOUSE_PASSWORD (Code: 193, e.displayText() = DB::Exception: Wrong password for user ***)',
    );
    expect(engineFailure(new Error("something odd"), "duckdb", env).text("nl")).toBe("engine duckdb: de engine weigerde de query (something odd)");
    // A LoadError passing through keeps both languages (and loses its secrets in each).
    const inner = new LoadError((t) => `${t.engine.noColumn} etl_reader`);
    expect(engineFailure(inner, "clickhouse", env).text("nl")).toBe("er ontbreekt een kolom; controleer columns in data/klantbeeld.yaml ***");
    expect(engineFailure(inner, "clickhouse", env).text("en")).toBe("a column is missing; check columns in data/klantbeeld.yaml ***");
    const missing = (() => {
      try {
        clickhouseSettings({ KLANTBEELD_CLICKHOUSE_URL: "warehouse" });
      } catch (error) {
        return error as LoadError;
      }
      throw new Error("the URL was accepted");
    })();
    expect(missing.text("nl")).toBe("engine clickhouse: KLANTBEELD_CLICKHOUSE_URL is geen URL (verwacht bijv. https://warehouse.example:8443)");
  });

  it("reads the connection from the environment only, moving URL credentials out of the URL", () => {
    expect(clickhouseSettings(env)).toEqual({ url: "https://warehouse.example:8443", username: "etl_reader", password: "s3cr3t-Pw", database: "default" });
    expect(clickhouseSettings({ KLANTBEELD_CLICKHOUSE_URL: "http://u:p%40ss@127.0.0.1:8123/" })).toEqual({ url: "http://127.0.0.1:8123", username: "u", password: "p@ss", database: "default" });
    expect(() => clickhouseSettings({})).toThrow(/^engine clickhouse: set KLANTBEELD_CLICKHOUSE_URL/);
    expect(() => clickhouseSettings({ KLANTBEELD_CLICKHOUSE_URL: "warehouse" })).toThrow("engine clickhouse: KLANTBEELD_CLICKHOUSE_URL is not a URL (expected e.g. https://warehouse.example:8443)");
  });
});
