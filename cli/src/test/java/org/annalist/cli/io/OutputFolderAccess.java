package org.annalist.cli.io;

import java.io.IOException;
import java.nio.file.Path;

/** Test access to the output folder's recovery step. */
public final class OutputFolderAccess {
  private OutputFolderAccess() { }

  public static void recover(Path target) throws IOException {
    OutputFolder.recover(target);
  }
}
