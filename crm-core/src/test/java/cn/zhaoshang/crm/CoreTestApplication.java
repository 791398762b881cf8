package cn.zhaoshang.crm;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots crm-core's services (no UI) for the service tests. */
@SpringBootApplication
public class CoreTestApplication {

}
