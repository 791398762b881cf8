package cn.zhaoshang.crm.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.springframework.boot.test.context.SpringBootTest;

/** Vaadin views driven on the server, no browser, against the real (test) database. */
@SpringBootTest
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {

}
